import { defineRule } from '../../rule.js';
import { isInside, logoTarget } from '../../../model/logo.js';
import { sniffImage } from '../../../util/image.js';

/** The default of `maks_kb`: 2 MB, inlined into every rendered HTML (as base64, a third more). */
const DEFAULT_MAX_KB = 2048;

export default defineRule({
  meta: {
    id: 'identitas/logo',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Logo instansi harus berupa berkas gambar di dalam folder proyek dan tidak terlalu besar',
      en: "The agency's logo must be an image file inside the project folder and not too large",
    },
    messages: {
      missing: {
        id: 'logo "{logo}" tidak ditemukan (dicari di {wanted})',
        en: 'logo "{logo}" not found (looked for {wanted})',
      },
      outside: {
        id: 'logo "{logo}" berada di luar folder proyek {root} ({real}); salin berkas logo ke dalam proyek',
        en: 'logo "{logo}" is outside the project folder {root} ({real}); copy the logo into the project',
      },
      notFile: {
        id: 'logo "{logo}" bukan berkas ({real})',
        en: 'logo "{logo}" is not a file ({real})',
      },
      notImage: {
        id: 'logo "{logo}" bukan gambar PNG, JPEG, GIF, WebP, atau SVG (dilihat dari isinya, bukan dari nama berkasnya)',
        en: 'logo "{logo}" is not a PNG, JPEG, GIF, WebP or SVG image (judged by its content, not its name)',
      },
      tooLarge: {
        id: 'logo "{logo}" berukuran {size} KB, melebihi batas {max} KB (maks_kb); perkecil gambarnya',
        en: 'logo "{logo}" is {size} KB, over the limit of {max} KB (maks_kb); make the image smaller',
      },
    },
    defaultOptions: { maks_kb: DEFAULT_MAX_KB },
  },
  check(ctx) {
    const { files, sop } = ctx;
    if (!files) return;
    const logo = sop.agency.logo;
    const root = files.projectRoot(sop);
    const wanted = logoTarget(sop.agency, root);
    if (!logo || !wanted) return;
    // The SOP's own instansi.logo, else the config's: the engine places the finding in the file that names it.
    const at = ['instansi', 'logo'];
    const found = files.stat(wanted);
    if (found.kind === 'missing') {
      ctx.report({ messageId: 'missing', path: at, data: { logo, wanted } });
      return;
    }
    const realRoot = files.stat(root).realPath;
    if (!isInside(realRoot, found.realPath)) {
      ctx.report({ messageId: 'outside', path: at, data: { logo, root: realRoot, real: found.realPath } });
      return;
    }
    if (found.kind !== 'file') {
      ctx.report({ messageId: 'notFile', path: at, data: { logo, real: found.realPath } });
      return;
    }
    if (!sniffImage(found.head)) ctx.report({ messageId: 'notImage', path: at, data: { logo } });
    const option = ctx.options.maks_kb;
    const max = typeof option === 'number' && Number.isFinite(option) && option > 0 ? option : DEFAULT_MAX_KB;
    if (found.size > max * 1024) ctx.report({ messageId: 'tooLarge', path: at, data: { logo, size: Math.ceil(found.size / 1024), max } });
  },
});
