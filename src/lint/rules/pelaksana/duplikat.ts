import { defineRule } from '../../rule.js';
import type { Actor } from '../../../model/types.js';

const key = (text: string) => text.toLowerCase().replace(/\s+/g, '');

export default defineRule({
  meta: {
    id: 'pelaksana/duplikat',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Dua pelaksana tidak boleh memiliki id atau nama yang sama',
      en: 'No two actors may share an id or a name',
    },
    messages: {
      sameName: {
        id: 'Pelaksana "{actor}" sudah dinyatakan sebagai kolom ke-{first}; satu jabatan satu kolom',
        en: 'Actor "{actor}" is already declared as column {first}; one position, one column',
      },
      sameId: {
        id: 'Id pelaksana "{id}" sudah dipakai oleh kolom ke-{first} ("{other}"); beri id yang lain',
        en: 'Actor id "{id}" is already used by column {first} ("{other}"); choose another id',
      },
    },
  },
  check(ctx) {
    const byName = new Map<string, Actor>();
    const byId = new Map<string, Actor>();
    for (const actor of ctx.sop.actors) {
      const sameName = byName.get(key(actor.name));
      const sameId = byId.get(actor.id);
      if (sameName) {
        ctx.report({ messageId: 'sameName', path: actor.path, data: { actor: actor.name, first: sameName.index + 1 } });
      } else if (sameId) {
        ctx.report({ messageId: 'sameId', path: actor.path, data: { id: actor.id, first: sameId.index + 1, other: sameId.name } });
      }
      if (!sameName) byName.set(key(actor.name), actor);
      if (!sameId) byId.set(actor.id, actor);
    }
  },
});
