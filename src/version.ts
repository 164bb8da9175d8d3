/** The model version carried by every result and shard; equals package.json's version (checked by a test). */
export const MODEL_VERSION = '0.1.0';
