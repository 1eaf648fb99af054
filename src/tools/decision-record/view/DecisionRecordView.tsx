import type { DecisionRecord } from '../model/build-record';
import type { ToolLinks } from '../model/record-page';

// The record itself, in MADR order (the same sections `recordToMarkdown` writes). Every decision is
// made in src/tools/decision-record/model; this view only lays out what the record holds.

/** List items, one per text. */
const Items = ({ texts }: { texts: readonly string[] }) => (
	<>
		{texts.map((text) => (
			<li key={text}>{text}</li>
		))}
	</>
);

/** A description list's rows: a term and its text each. */
const Pairs = ({
	pairs,
	label,
	class: className = 'dr-pairs',
}: {
	pairs: [string, string][];
	label?: string;
	class?: string;
}) => (
	<dl class={className} aria-label={label}>
		{pairs.map(([term, text]) => (
			<div key={term}>
				<dt>{term}</dt>
				<dd>{text}</dd>
			</div>
		))}
	</dl>
);

interface Props {
	record: DecisionRecord;
	/** The links back to the two tools, carrying what the record was built from. */
	links: ToolLinks;
}

/** The record as an article named by its title. */
export default function DecisionRecordView({ record, links }: Props) {
	const { context, drivers, options, outcome, consequences, revisit, hire } = record;
	const decided = outcome.basis !== 'none';
	const provisional = decided && outcome.provisional;
	const revisitItems = [...revisit.signals, ...revisit.changes];
	const edited = options.ranked.some((o) => o.edited.length > 0);
	// A function, so each place gets its own element.
	const answerPicker = () => <a href={links.picker}>Answer the stack picker</a>;

	return (
		<article class="dr-record" aria-labelledby="dr-title">
			<h2 id="dr-title">{record.title}</h2>
			<Pairs
				class="dr-meta"
				pairs={[
					['Status', record.status],
					['Date', record.date || 'not set'],
					['Deciders', record.deciders || 'not named yet'],
				]}
			/>

			<h3>Context and problem statement</h3>
			<p>{context.problem}</p>
			{context.constraints ? (
				<>
					<p>Constraints we work under:</p>
					<blockquote class="dr-constraints">{context.constraints}</blockquote>
				</>
			) : (
				<p class="dr-muted">No further constraints written down.</p>
			)}

			<h3>Decision drivers</h3>
			{record.missing.answers ? (
				<p class="dr-missing">
					The stack picker has not been answered yet. {answerPicker()} to base the decision on your workload, team and
					market.
				</p>
			) : (
				<>
					<Pairs pairs={drivers.answers.map((a) => [a.question, a.answer])} />
					{drivers.unanswered.length > 0 && <p class="dr-muted">{`Not answered: ${drivers.unanswered.join(', ')}.`}</p>}
				</>
			)}
			<p>{`Scorecard weights (0–10): ${drivers.weights.map((w) => `${w.label} ${w.weight}`).join(' · ')}`}</p>
			{record.missing.scorecard && (
				<p class="dr-missing">
					No scorecard was found, so every criterion has the default weight.{' '}
					<a href={links.scorecard}>Set your own weights</a> to make these drivers yours.
				</p>
			)}

			<h3 id="dr-options-h">Considered options</h3>
			{/* A scrollable region must take focus, or keyboard users cannot scroll it. */}
			<section class="dr-table-wrap" aria-labelledby="dr-options-h" tabindex={0}>
				<table class="dr-table">
					<thead>
						<tr>
							{['Rank', 'Option', ...options.criteria.map((c) => c.label), 'Total (0–100)'].map((text) => (
								<th scope="col" key={text}>
									{text}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{options.ranked.map((o) => (
							<tr key={o.id} class={decided && o.id === outcome.chosen.id ? 'dr-chosen' : undefined}>
								<td>{`${o.rank}${o.tied ? ' (tie)' : ''}`}</td>
								<th scope="row">{o.name}</th>
								{options.criteria.map((c) => (
									<td key={c.id}>{`${o.scores[c.id]}${o.edited.includes(c.id) ? '*' : ''}`}</td>
								))}
								<td>{o.total.toFixed(1)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
			<p class="dr-muted">
				Scores are steps on a 1–5 scale (5 is best).
				{edited && ' * marks a score changed from the playbook’s rating.'}
			</p>

			<h3>Decision outcome</h3>
			{decided ? (
				<p class="dr-chosen-line">
					Chosen option: <strong>{outcome.chosen.name}</strong>, because:
				</p>
			) : (
				<p class="dr-missing">
					No option is chosen yet. {answerPicker()} or <a href={links.scorecard}>weigh the criteria on the scorecard</a>
					.
				</p>
			)}
			<ul>
				<Items texts={outcome.because} />
			</ul>
			{provisional && (
				<p class="dr-missing">
					{outcome.basis === 'scorecard'
						? 'Provisional: the stack picker has not been answered, so this rests on the scorecard alone.'
						: 'Provisional: not every picker question is answered yet.'}
				</p>
			)}
			{outcome.stack.length > 0 && <Pairs label="The stack" pairs={outcome.stack.map((l) => [l.layer, l.choice])} />}
			{outcome.runnerUp && (
				<p>
					Runner-up: <strong>{outcome.runnerUp.name}</strong>
					{outcome.runnerUpBecause.length > 0 ? '. What pulls towards it:' : '.'}
				</p>
			)}
			{outcome.runnerUpBecause.length > 0 && (
				<ul>
					<Items texts={outcome.runnerUpBecause} />
				</ul>
			)}
			<p>Margin and robustness:</p>
			<ul>
				<Items texts={outcome.margin} />
			</ul>

			<h4>Consequences</h4>
			{decided ? (
				<ul>
					{consequences.good.map((text) => (
						<li key={`good ${text}`}>
							<strong>Good:</strong> {text}
						</li>
					))}
					{consequences.bad.map((text) => (
						<li key={`bad ${text}`}>
							<strong>Bad:</strong> {text}
						</li>
					))}
				</ul>
			) : (
				<p class="dr-muted">None to weigh until an option is chosen.</p>
			)}
			{consequences.operations.length > 0 && (
				<>
					<p>Operational commitments:</p>
					<Pairs pairs={consequences.operations.map((o) => [o.label, o.text])} />
				</>
			)}

			<h3>When to revisit</h3>
			{revisitItems.length > 0 ? (
				<ul>
					<Items texts={revisitItems} />
				</ul>
			) : (
				<p class="dr-missing">{answerPicker()} to see which signals and answers would change this decision.</p>
			)}

			<h3>First role to hire</h3>
			<p>
				{hire.first}
				{hire.from && <span class="dr-muted">{` (From the playbook’s scenario “${hire.from}”.)`}</span>}
			</p>
			<p>Before opening the role, write down:</p>
			<Pairs pairs={hire.roleDefinition.map((r) => [r.label, r.text])} />
			<p class="dr-screen-only">
				<a href={hire.briefHref}>Write the job brief for this role</a>
			</p>
		</article>
	);
}
