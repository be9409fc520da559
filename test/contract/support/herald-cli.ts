/** `herald … --json` in-process, returning its one JSON object; a failing command throws with its stderr. */
export { heraldJson as heraldCli } from '@herald/testing';
