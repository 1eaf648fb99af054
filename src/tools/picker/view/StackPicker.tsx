import { useEffect, useState } from 'preact/hooks';
import { replaceQuery, store, whenStorageRefused } from '../../../common/browser';
import { DECISION_RECORD_PATH, languageHref, ROLE_BRIEF_PATH, scenarioHref, withQuery } from '../../../common/routes';
import { STORAGE_REFUSED_NOTICE } from '../../../common/storage/storage-writer';
import {
	decodePickerAnswers,
	describeUrlProblems,
	encodePickerAnswers,
	PICKER_STORAGE_KEY,
} from '../model/answers-url';
import { describeBaseline } from '../model/baseline';
import { recommendStack } from '../model/recommend-stack';
import type { PickerAnswers, PickerData, PickerDriver, PickerReason } from '../model/types';

/** The island's props: plain data, serialised into the page and read back when it hydrates. */
export interface StackPickerProps {
	data: PickerData;
	/** Prefix for element ids, unique per picker on a page (server and browser must agree on it). */
	idPrefix: string;
	/** Where the no-JavaScript guidance lives, for the note shown before the island is ready. */
	fallbackHref: string;
}

const Drivers = ({ drivers }: { drivers: PickerDriver[] }) => (
	<span class="sp-drivers">
		{drivers.map((d, i) => (
			<span key={d.question}>
				{i > 0 && ' + '}
				{d.questionLabel}: {d.answerLabel}
			</span>
		))}
	</span>
);

const Reasons = ({ reasons, name }: { reasons: PickerReason[]; name: (id: string) => string }) => (
	<ul class="sp-reasons">
		{reasons.map((r) => (
			<li key={r.text}>
				<span class="sp-points">{`${r.points > 0 ? '+' : ''}${r.points} for ${name(r.language)}`}</span> {r.text}{' '}
				<Drivers drivers={r.drivers} />
			</li>
		))}
	</ul>
);

/**
 * The stack picker: one radio group per question, and the recommendation below, recomputed on
 * every answer. A thin view over `recommendStack`; the answers live in the URL so the result can be
 * shared. Until it runs in the browser the questions are disabled and a note points to the static
 * decision table, so a reader without JavaScript is never left with controls that do nothing.
 */
export default function StackPicker({ data, idPrefix: uid, fallbackHref }: StackPickerProps) {
	/** False until the island runs in the browser: the server's markup is the no-JavaScript state. */
	const [ready, setReady] = useState(false);
	const [answers, setAnswers] = useState<PickerAnswers>({});
	/** A short notice: a link that could not be used in full, or storage that refuses to save. */
	const [notice, setNotice] = useState('');
	const questions = data.config.questions;
	const query = encodePickerAnswers(answers, questions);

	useEffect(() => {
		whenStorageRefused(() => setNotice(STORAGE_REFUSED_NOTICE));
		const decoded = decodePickerAnswers(window.location.search, questions);
		setAnswers(decoded.answers);
		if (decoded.problems.length > 0) setNotice(describeUrlProblems(decoded.problems));
		setReady(true);
	}, [questions]);

	// The address follows the answers once the island runs (which also drops what a link got wrong).
	useEffect(() => {
		if (ready) replaceQuery(query);
	}, [ready, query]);

	/**
	 * Shows `next` and remembers the reader's own answers (never those a link merely opened with) so
	 * the decision record can find them when the reader arrives there from the scorecard instead.
	 */
	const answer = (next: PickerAnswers, nextNotice?: string) => {
		setAnswers(next);
		if (nextNotice !== undefined) setNotice(nextNotice);
		store(PICKER_STORAGE_KEY, encodePickerAnswers(next, questions) || null);
	};

	const result = recommendStack(answers, data);
	const name = (id: string) => data.languages.find((l) => l.id === id)?.name ?? id;
	const scenario = data.scenarios.find((s) => s.id === result.scenario);
	const answerLabel = (question: string, value: string | null) =>
		questions.find((q) => q.id === question)?.options.find((o) => o.value === value)?.label;
	const empty = result.answered === 0;
	const startingLead = describeBaseline(data);
	const choose = (questionId: string, value: string) => answer({ ...answers, [questionId]: value });
	const reset = () => answer({}, '');

	return (
		<div class="sp" data-ready={ready ? '' : undefined}>
			{!ready && (
				<p class="sp-note">
					The picker needs JavaScript to work. Without it, <a href={fallbackHref}>the decision table</a> gives the same
					guidance.
				</p>
			)}
			<p role="status" class={notice ? 'sp-notice' : 'sp-notice sp-hidden'}>
				{notice}
			</p>
			<form class="sp-form" onSubmit={(e) => e.preventDefault()} aria-label="Stack picker questions">
				<fieldset class="sp-all" disabled={!ready}>
					{questions.map((question, qi) => {
						const helpId = `${uid}-${question.id}-help`;
						return (
							<fieldset class="sp-question" key={question.id} aria-describedby={question.help ? helpId : undefined}>
								<legend>
									<span class="sp-number">{`${qi + 1}.`}</span> {question.label}
								</legend>
								{question.help && (
									<p class="sp-help" id={helpId}>
										{question.help}
									</p>
								)}
								<div class="sp-options">
									{question.options.map((option) => (
										<label class="sp-option" key={option.value}>
											<input
												type="radio"
												name={`${uid}-${question.id}`}
												value={option.value}
												checked={answers[question.id] === option.value}
												onChange={() => choose(question.id, option.value)}
											/>
											<span>{option.label}</span>
										</label>
									))}
								</div>
							</fieldset>
						);
					})}
				</fieldset>
			</form>
			{/* The running answer and the result only make sense once the picker runs. */}
			{ready && (
				<div class="sp-bar">
					<p role="status" class="sp-progress">
						{`${result.answered} of ${result.total} answered`}
						{!empty && (
							<>
								{` · ${result.provisional ? 'so far' : 'recommended'}: `}
								<strong>{name(result.primary)}</strong>
							</>
						)}
					</p>
					<button type="button" class="sp-reset" onClick={reset}>
						Reset answers
					</button>
				</div>
			)}
			{ready && (
				<section class="sp-result" aria-labelledby={`${uid}-result`}>
					<h2 id={`${uid}-result`}>Your recommendation</h2>
					{empty ? (
						<p>Answer any question to see a first recommendation; it firms up as you answer the rest.</p>
					) : (
						<>
							{result.provisional && (
								<p class="sp-provisional">
									<strong>Provisional:</strong>
									{` based on ${result.answered} of ${result.total} answers. Answer the rest before you rely on it.`}
								</p>
							)}
							<p class="sp-primary">
								Start with <a href={languageHref(result.primary)}>{name(result.primary)}</a>
							</p>
							<dl class="sp-stack" aria-label="Recommended stack">
								{result.stack.map((layer) => (
									<div key={layer.layer}>
										<dt>{layer.layer}</dt>
										<dd>
											{layer.choice}
											{layer.drivers && (
												<>
													{' '}
													<Drivers drivers={layer.drivers} />
												</>
											)}
										</dd>
									</div>
								))}
							</dl>
							<p>
								<strong>Runner-up:</strong> <a href={languageHref(result.runnerUp)}>{name(result.runnerUp)}</a>
								{' · '}
								<strong>Closest scenario:</strong>{' '}
								{scenario ? <a href={scenarioHref(scenario.id)}>{scenario.title}</a> : 'none of the scenarios is close'}
							</p>

							<h3>{`Why ${name(result.primary)}`}</h3>
							{result.reasons.length > 0 ? (
								<Reasons reasons={result.reasons} name={name} />
							) : (
								<p>No answer favours it yet; it leads on the tie-breaker: {startingLead} before any answer.</p>
							)}
							{result.runnerUpReasons.length > 0 && (
								<>
									<h3>{`What pulls towards ${name(result.runnerUp)}`}</h3>
									<Reasons reasons={result.runnerUpReasons} name={name} />
								</>
							)}

							<h3>What would change this</h3>
							{result.changes.length > 0 ? (
								<ul class="sp-changes">
									{result.changes.map((change) => (
										<li key={change.question}>
											{`${change.questionLabel}: “${change.toLabel}”${
												change.from ? ` instead of “${answerLabel(change.question, change.from)}”` : ' (unanswered now)'
											} → `}
											<strong>{name(change.primary)}</strong>
										</li>
									))}
								</ul>
							) : (
								<p>No single answer change would move it: the recommendation is robust.</p>
							)}

							<h3>Next steps</h3>
							<ul class="sp-next">
								<li>
									<a href={languageHref(result.primary)}>{`Read the ${name(result.primary)} profile`}</a>
								</li>
								{scenario && (
									<li>
										<a href={scenarioHref(scenario.id)}>{`Read the scenario: ${scenario.title}`}</a>
									</li>
								)}
								<li>
									<a href={`${ROLE_BRIEF_PATH}?language=${result.primary}`}>Write the job brief</a>
								</li>
								{/* Decision record: that page reads the picker's own query string (see decodePickerAnswers). */}
								<li>
									<a href={withQuery(DECISION_RECORD_PATH, query)}>Write the decision record</a>
								</li>
							</ul>
						</>
					)}
				</section>
			)}
		</div>
	);
}
