import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A JSON Schema validator for the open data files' schemas (draft 2020-12, which Zod writes), with
 * the standard formats (`date`, `uri`) checked rather than ignored, and strict mode on so that a
 * keyword Ajv does not know fails loudly instead of passing silently.
 */
export function jsonSchemaValidator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	return ajv;
}
