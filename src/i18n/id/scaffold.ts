/** Indonesian messages of scaffold. */
export default {
} as const;
