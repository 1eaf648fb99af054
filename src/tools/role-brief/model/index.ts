export { fillLanguage } from './fill-language';
export { buildRoleBrief, type RoleBrief, roleBriefMarkdown, STACK_BLANK, scenarioContextLine } from './role-brief';
export {
	defaultScenarioFor,
	NO_SCENARIO,
	type ReadSelection,
	readBriefSelection,
	writeBriefSelection,
} from './selection';
export type { BriefChecklist, BriefLanguage, BriefScenario, BriefSelection, RoleBriefData } from './types';
