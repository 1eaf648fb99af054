export { type Criterion, criterionSchema } from './criterion';
export { docsExtension, PAGE_KINDS, type PageKind } from './docs';
export { hiringSchema } from './hiring';
export { type HiringChecklist, hiringChecklistSchema, LANGUAGE_PLACEHOLDER } from './hiring-checklist';
export { idOf, type KnownIds, slug } from './ids';
export { isoDate } from './iso-date';
export { type Language, languageSchema, STACK_LAYERS, type StackLayer } from './language';
export { type OnboardingPlan, onboardingPlanSchema } from './onboarding-plan';
export {
	NO_TEAM_LANGUAGE,
	type PickerConfig,
	type PickerLayer,
	type PickerOption,
	type PickerQuestion,
	type PickerRule,
	pickerSchema,
} from './picker';
export { type Preset, presetSchema } from './preset';
export { RATING_MAX, RATING_MIN, type Rating, type RatingChange, ratingSchema } from './rating';
export { type Scenario, scenarioSchema } from './scenario';
export { type SituationRow, type SituationTable, situationTableSchema } from './situation-table';
export { SEED_ARTICLES, type Source, sourceSchema } from './source';
export { type TickItem, tickItemSchema } from './tick-item';
