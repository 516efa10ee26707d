// Codes for what a value should have been and what it was, in schema/invalid findings;
// their words are the labels catalogue's `schemaValue.<code>`.
export const PATTERN_VALUE_CODES = ['date', 'duration', 'id', 'version', 'country', 'email', 'hash'] as const;

export const SCHEMA_VALUE_CODES = [
  'integer', 'integer-range', 'number', 'number-or-text', 'string', 'boolean', 'array', 'object', 'one-of', 'pattern', 'valid',
  ...PATTERN_VALUE_CODES, 'nothing', 'a-list', 'a-map',
] as const;
