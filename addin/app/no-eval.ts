/**
 * The pages' Content-Security-Policy allows no eval. zod compiles fast object parsers with
 * `new Function` after probing whether eval works; under the policy the probe is caught but still
 * reported as a violation. Jitless mode skips the probe and the compilation. Imported first by
 * each entry, before any schema parses (zod keeps this setting on globalThis).
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
