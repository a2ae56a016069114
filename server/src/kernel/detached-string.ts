// V8 keeps a substring of 13 or more characters as a slice of the string it was cut from
// (SlicedString::kMinLength), so a word kept in a long-lived cache keeps the whole text it
// was cut from in memory: a remark's, after the remark was erased too. Flattening a
// concatenation makes a string of its own (one character longer, sliced off again).
const MIN_SLICE = 13;

/** `text` as a string that holds no longer one (shorter ones are copies already). */
export const detached = (text: string): string => (text.length < MIN_SLICE ? text : ` ${text}`.slice(1));
