/** Characters the stored text may not hold; each becomes a space. */
export const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;
