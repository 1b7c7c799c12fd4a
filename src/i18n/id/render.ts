/** Indonesian messages of render. */
export default {
} as const;
