import { ROLE_BRIEF_PATH, withQuery } from '../../../common/routes';
import { recommendStack } from '../../picker/model/recommend-stack';
import type { PickerLayer } from '../../picker/model/types';
import { defaultScorecardState, type ScorecardState } from '../../scorecard/model/catalog';
import { buildDecisionTable, formatPoints } from '../../scorecard/model/decision-table';
import type { RecordInputs } from './record-link';
import type { DecisionRecordData, RecordStatus } from './types';

/** A language named in the record. */
export interface RecordChoice {
	id: string;
	name: string;
}

/** One considered option: a scored language with its scores, total and rank. */
export interface RecordOption extends RecordChoice {
	/** Its score per criterion id (the reader's edits applied). */
	scores: Record<string, number>;
	/** Criterion ids whose score differs from the playbook's rating. */
	edited: string[];
	/** The weighted total, 0–100. */
	total: number;
	rank: number;
	tied: boolean;
}

/**
 * A decision record in the MADR shape, as plain data: the page renders it as HTML and
 * `recordToMarkdown` writes it as Markdown. Every text is plain text, never markup.
 */
export interface DecisionRecord {
	title: string;
	status: RecordStatus;
	/** YYYY-MM-DD, or empty when the reader has not set one. */
	date: string;
	deciders: string;
	product: string;
	/** What the inputs lacked; the record says so where it matters and links to the tool that fills the gap. */
	missing: { answers: boolean; scorecard: boolean };
	context: {
		/** The problem in one or two sentences. */
		problem: string;
		/** The reader's own constraints, as typed (may hold line breaks); empty when none. */
		constraints: string;
		/** The playbook scenario the record borrows its situation from, and why that one. */
		scenario: { id: string; title: string; situation: string; basis: 'answers' | 'language' } | null;
	};
	drivers: {
		/** The picker's answered questions, in question order. */
		answers: { question: string; answer: string }[];
		/** Short labels of the questions left unanswered. */
		unanswered: string[];
		/** The scorecard weights, 0–10, in criterion order. */
		weights: { id: string; label: string; weight: number }[];
	};
	options: {
		criteria: { id: string; label: string }[];
		/** The scored languages, best first. */
		ranked: RecordOption[];
		/** The scorecard's own one-line verdict. */
		verdict: string;
	};
	outcome: {
		chosen: RecordChoice;
		/**
		 * Which tool the choice comes from: the picker when answered, else the scorecard's clear leader.
		 * `none` when neither decides (no answers, and every weight is 0 or first place is shared):
		 * the record then chooses nothing, `chosen` is only the first listed option, and `because`
		 * says what to fill in.
		 */
		basis: 'picker' | 'scorecard' | 'none';
		/** True while the picker is only partly answered (or not at all). */
		provisional: boolean;
		/** Why: the strongest reasons behind the choice. */
		because: string[];
		/** The stack, layer by layer. */
		stack: PickerLayer[];
		runnerUp: RecordChoice | null;
		/** What pulls towards the runner-up. */
		runnerUpBecause: string[];
		/** How far ahead the choice is, and how easily that would change, in plain sentences. */
		margin: string[];
	};
	consequences: {
		good: string[];
		bad: string[];
		/** What running the choice involves, from the language profile. */
		operations: { label: string; text: string }[];
	};
	revisit: {
		/** Signals from the scenario that the choice should be looked at again. */
		signals: string[];
		/** Single answer changes that would change the picker's recommendation. */
		changes: string[];
	};
	hire: {
		/** The first backend role to hire. */
		first: string;
		/** The scenario the first hire comes from, when it does. */
		from: string | null;
		/** What to write down before opening the role, from the hiring checklist. */
		roleDefinition: { label: string; text: string }[];
		/** The role brief page, prefilled for the choice. */
		briefHref: string;
	};
}

/** The scorecard the record uses when the reader has none: equal weights, the defaults plus the picker's two. */
function fallbackScorecard(data: DecisionRecordData, alsoCompare: readonly string[]): ScorecardState {
	const state = defaultScorecardState(data.scorecard);
	const wanted = new Set([...state.languages, ...alsoCompare]);
	return { ...state, languages: data.scorecard.languages.map((l) => l.id).filter((id) => wanted.has(id)) };
}

/** A picker reason worth quoting as a driver gives the choice at least this many points. */
const STRONG_REASON_POINTS = 2;

/** What the fallback scorecard adds to its defaults when the picker has not been answered: nothing. */
const NOTHING_ADDED: readonly string[] = [];

const nonEmpty = (texts: string[]) => texts.filter((t) => t.trim() !== '');

/**
 * Builds a decision record from the reader's inputs and the playbook's data. The picker's
 * recommendation decides when any question is answered; with no answers the scorecard's leader
 * stands in, and the record says so. Without a scorecard the default weights are used, with the
 * picker's choice and runner-up added to the languages compared.
 */
export function buildDecisionRecord(inputs: RecordInputs, data: DecisionRecordData): DecisionRecord {
	const { answers, fields } = inputs;
	const questions = data.picker.config.questions;
	// Every id named here is the picker's (it ranks only its own languages) or the scorecard's (its
	// decoder keeps only catalog ids), so one of the two lookups finds it; the id itself is a last resort.
	const nameOf = (id: string) =>
		data.picker.languages.find((l) => l.id === id)?.name ??
		data.scorecard.languages.find((l) => l.id === id)?.name ??
		id;
	const choice = (id: string): RecordChoice => ({ id, name: nameOf(id) });

	const picked = recommendStack(answers, data.picker);
	const answered = picked.answered > 0;
	// With no answers the picker's two are only its starting order, not a recommendation, so none are added.
	const pickerTwo = answered ? [picked.primary, picked.runnerUp] : NOTHING_ADDED;
	const state = inputs.scorecard ?? fallbackScorecard(data, pickerTwo);
	const table = buildDecisionTable(data.scorecard, state);
	const [leader, second] = table.columns;

	// With no answers the scorecard decides only if it has a clear leader; otherwise nothing does,
	// and the record must not present the first listed language as a decision.
	const undecided = !answered && (table.ranking.unweighted || table.ranking.leaders.length !== 1);
	const chosenId = answered ? picked.primary : leader!.id;
	const runnerUpId = answered ? picked.runnerUp : (second?.id ?? null);
	const chosen = choice(chosenId);
	const chosenLanguage = data.languages.find((l) => l.id === chosenId);

	// The scenario: the one the answers describe best, or (with no answers) the one the choice leads.
	let scenario: DecisionRecord['context']['scenario'] = null;
	const scenarioId = answered
		? picked.scenario
		: undecided
			? null
			: (data.scenarios.find((s) => s.language === chosenId)?.id ?? null);
	const scenarioData = data.scenarios.find((s) => s.id === scenarioId);
	if (scenarioData) {
		const { id, title, situation } = scenarioData;
		scenario = { id, title, situation, basis: answered ? 'answers' : 'language' };
	}
	// A scenario's risks, revisit signals and first hire are written for its own language.
	const scenarioFits = scenarioData !== undefined && scenarioData.language === chosenId;

	// Names go into titles and sentences, so they are kept to one line.
	const product = fields.product.replace(/\s+/g, ' ').trim();
	const target = product ? `the backend of ${product}` : 'our backend';
	const title = undecided ? `No decision yet on ${target}` : `Use ${chosen.name} for ${target}`;
	const problem = [
		`We need to choose the primary backend language and stack for ${product || 'our product'}, and to be able to explain the choice to the team and to the people we hire.`,
	];
	if (scenario?.basis === 'answers') {
		problem.push(`Our answers come closest to the playbook's scenario “${scenario.title}”: ${scenario.situation}`);
	} else if (scenario) {
		problem.push(`The playbook's own scenario for ${chosen.name} is “${scenario.title}”: ${scenario.situation}`);
	}

	// Why: the picker's reasons when it decided, else the scorecard's lead.
	// Answers that gave only a point or so (such as an I/O-bound API, which every runtime handles)
	// barely separate the languages, so they are left out unless nothing stronger exists.
	const strong = picked.reasons.filter((r) => r.points >= STRONG_REASON_POINTS);
	// The scorecard's verdict is a sentence of its own; quoted in brackets it loses its full stop.
	const because = undecided
		? [
				`Nothing decides yet: the stack picker has not been answered, and ${table.ranking.unweighted ? 'every scorecard weight is 0' : `the scorecard has no single leader (${table.verdict.replace(/\.$/, '')})`}.`,
				'Answer the stack picker, or set weights on the scorecard that separate the languages; the record then names a choice.',
			]
		: answered
			? nonEmpty((strong.length > 0 ? strong : picked.reasons).map((r) => r.text)).slice(0, 3)
			: [`It leads the scorecard: ${table.verdict}`];
	const runnerUpBecause = answered ? nonEmpty(picked.runnerUpReasons.map((r) => r.text)).slice(0, 2) : [];

	const margin: string[] = [];
	if (answered) {
		const [first, next] = picked.ranking;
		const gap = (first?.points ?? 0) - (next?.points ?? 0);
		margin.push(
			gap === 0
				? `In the picker's count ${chosen.name} and ${nameOf(picked.runnerUp)} are level; ${chosen.name} is listed first.`
				: `In the picker's count ${chosen.name} leads ${nameOf(picked.runnerUp)} by ${gap} point${gap === 1 ? '' : 's'}.`,
		);
		if (picked.provisional) {
			margin.push(`Only ${picked.answered} of ${picked.total} questions are answered, so the choice may still move.`);
		}
	}
	const scored = table.columns.find((c) => c.id === chosenId);
	if (undecided) {
		margin.push(`Scorecard: ${table.verdict}`);
	} else if (!scored) {
		margin.push(
			`${chosen.name} was not among the languages scored on the scorecard; add it there to test this choice against your weights.`,
		);
	} else if (scored.rank === 1) {
		margin.push(`Scorecard: ${table.verdict}`, table.robustness);
	} else {
		const standing = `${leader!.name} comes first with ${formatPoints(leader!.total)} points and ${chosen.name} ranks ${scored.rank} of ${table.columns.length} with ${formatPoints(scored.total)}.`;
		margin.push(
			inputs.scorecard
				? `Scorecard: ${standing} The picker weighs your situation and team, the scorecard your weights; settle the difference with a small prototype before accepting this record.`
				: `Scorecard, with every criterion weighted equally because none was set: ${standing} Weigh the criteria for your situation on the scorecard before accepting this record.`,
		);
	}

	// With nothing decided, there is no choice to weigh consequences, operations or a hire for.
	const language = undecided ? undefined : chosenLanguage;
	const good = undecided
		? []
		: scenarioFits
			? scenarioData.whyItWins
			: (language?.bestFor.map((b) => `${b} (a strength of ${chosen.name})`) ?? []);
	const bad = [
		...(language?.weakerAt.map((w) => `${w} (a weak spot of ${chosen.name})`) ?? []),
		...(scenarioFits ? scenarioData.risks : []),
	];
	const operations = language
		? [
				{ label: 'Containers', text: language.operations.containers },
				{ label: 'Start-up', text: language.operations.coldStart },
				{ label: 'Memory', text: language.operations.memory },
			]
		: [];

	const labelOf = (question: (typeof questions)[number], value: string | null) =>
		question.options.find((o) => o.value === value)?.label;
	// A change names one of the picker's own questions, so its question is always found.
	const changes = answered
		? picked.changes.map((c) =>
				c.from
					? `${c.questionLabel}: “${c.toLabel}” instead of “${labelOf(questions.find((q) => q.id === c.question)!, c.from)}” would make it ${nameOf(c.primary)}.`
					: `${c.questionLabel} (unanswered): “${c.toLabel}” would make it ${nameOf(c.primary)}.`,
			)
		: [];

	const briefQuery = new URLSearchParams(undecided ? {} : { language: chosenId });
	if (scenarioFits) briefQuery.set('scenario', scenarioData.id);

	return {
		title,
		status: fields.status,
		date: fields.date,
		deciders: fields.deciders.replace(/\s+/g, ' ').trim(),
		product,
		missing: { answers: !answered, scorecard: inputs.scorecard === null },
		context: { problem: problem.join(' '), constraints: fields.constraints.trim(), scenario },
		drivers: {
			answers: questions.flatMap((q) => {
				const label = labelOf(q, answers[q.id] ?? null);
				return label ? [{ question: q.short, answer: label }] : [];
			}),
			unanswered: questions.filter((q) => !labelOf(q, answers[q.id] ?? null)).map((q) => q.short),
			weights: table.criteria.map(({ id, label, weight }) => ({ id, label, weight })),
		},
		options: {
			criteria: table.criteria.map(({ id, label }) => ({ id, label })),
			ranked: table.columns.map(({ id, name, scores, edited, total, rank, tied }) => ({
				id,
				name,
				scores,
				edited,
				total,
				rank,
				tied,
			})),
			verdict: table.verdict,
		},
		outcome: {
			chosen,
			basis: answered ? 'picker' : undecided ? 'none' : 'scorecard',
			provisional: picked.provisional,
			because,
			stack: (answered ? picked.stack : undecided ? [] : (data.picker.config.stacks[chosenId] ?? [])).map(
				({ layer, choice }) => ({
					layer,
					choice,
				}),
			),
			runnerUp: runnerUpId && !undecided ? choice(runnerUpId) : null,
			runnerUpBecause,
			margin,
		},
		consequences: { good, bad, operations },
		revisit: { signals: scenarioFits ? scenarioData.revisitWhen : [], changes },
		hire: {
			first: scenarioFits
				? scenarioData.hireFirst
				: undecided
					? 'Decide on the language first: the first hire follows from it.'
					: `A senior ${chosen.name} engineer who has run services in production and can own the API, the data model and on-call from the start.`,
			from: scenarioFits ? scenarioData.title : null,
			roleDefinition: data.roleDefinition,
			briefHref: withQuery(ROLE_BRIEF_PATH, briefQuery.toString()),
		},
	};
}
