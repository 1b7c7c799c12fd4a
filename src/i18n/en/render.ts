import type idRender from '../id/render.js';

/** English messages of render. */
export default {
} satisfies Record<keyof typeof idRender, string>;
