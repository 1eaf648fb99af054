import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { DATA_DIR, DATA_FILE_PATTERN, readKnownIds } from './collections/data-files';
import {
	criterionSchema,
	docsExtension,
	hiringSchema,
	languageSchema,
	pickerSchema,
	presetSchema,
	scenarioSchema,
	situationTableSchema,
	sourceSchema,
} from './schemas';

const known = readKnownIds();

/** A collection with one YAML file per entry; the file name is the entry's id. */
const dataLoader = (folder: string) => glob({ base: `./${DATA_DIR}/${folder}`, pattern: DATA_FILE_PATTERN });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsExtension(known) }),
	}),
	languages: defineCollection({ loader: dataLoader('languages'), schema: languageSchema(known) }),
	scenarios: defineCollection({ loader: dataLoader('scenarios'), schema: scenarioSchema(known) }),
	criteria: defineCollection({ loader: dataLoader('criteria'), schema: criterionSchema }),
	sources: defineCollection({ loader: dataLoader('sources'), schema: sourceSchema(known) }),
	picker: defineCollection({ loader: dataLoader('picker'), schema: pickerSchema(known) }),
	// The hiring checklist and the onboarding plan (see src/team/data.ts).
	hiring: defineCollection({ loader: dataLoader('hiring'), schema: hiringSchema(known) }),
	// The scorecard's presets: named weights from a scenario or a page (see src/tools/scorecard/data.ts).
	presets: defineCollection({ loader: dataLoader('presets'), schema: presetSchema(known) }),
	// The home page's situation → language table (see src/components/SituationTable.astro).
	situations: defineCollection({ loader: dataLoader('situations'), schema: situationTableSchema(known) }),
};
