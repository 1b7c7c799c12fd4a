import type idScaffold from '../id/scaffold.js';

/** English messages of scaffold. */
export default {
} satisfies Record<keyof typeof idScaffold, string>;
