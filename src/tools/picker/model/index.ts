export {
	decodePickerAnswers,
	describeUrlProblems,
	encodePickerAnswers,
	PICKER_STORAGE_KEY,
	type PickerQuestionKeys,
	type PickerUrlProblem,
} from './answers-url';
export { describeBaseline } from './baseline';
export { toPickerData } from './picker-data';
export { recommendStack } from './recommend-stack';
export type * from './types';
