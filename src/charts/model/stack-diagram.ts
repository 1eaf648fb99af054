import { charsThatFit, wrapText } from './wrap-text';

/** One layer of a scenario's stack, as the scenario data gives it. */
export interface StackLayerInput {
	/** The layer, such as "Database". */
	layer: string;
	/** The recommended choice. */
	choice: string;
	/** The alternatives, each as a name followed by when it would be the better pick. */
	alternatives: readonly string[];
}

/** A box of the diagram with its text already broken into lines. */
export interface DiagramBox {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The lines of text, each with its baseline. */
	lines: { text: string; y: number }[];
}

/** A layer as drawn: its box, its alternatives' boxes, and the arrow to the next layer. */
export interface StackDiagramLayer {
	layer: string;
	/** The layer's name (a small heading line) and its choice, inside one solid box. */
	box: DiagramBox & { nameY: number };
	/** One dashed box per alternative, below the layer's box and indented on both sides, so they read as "or". */
	alternatives: DiagramBox[];
	/** The connector from the layer's box down its left side to the alternatives, if any. */
	branch: string | null;
	/** The arrow from this layer's box to the next layer's (null on the last layer), past any alternatives. */
	arrow: { path: string; head: string } | null;
}

export interface StackDiagramLayout {
	width: number;
	height: number;
	fontSize: number;
	layers: StackDiagramLayer[];
}

/** Narrow enough for a 360 px phone at about full size; wider screens cap the SVG's width in CSS. */
const WIDTH = 340;
const FONT = 14;
const LINE = 18;
const PAD = 8;
const INDENT = 24;
const GAP = 6;
const ARROW = 22;

/**
 * Words that start the "when it is the better pick" part of an alternative. With a comma before
 * them they always do; the first group also does without one ("RabbitMQ when the need is …").
 */
const CONDITION_ANYWHERE = /\s+(?:when|while|once|instead|unless|until)\b/;
const CONDITION_AFTER_COMMA = /,\s+(?:when|while|once|instead|unless|until|if|only|for|so|accepting|because|as|in)\b/;

/**
 * The name part of an alternative, without the condition that follows it, for a box in the
 * diagram; the full sentence stays in the table beside it.
 *
 * @example alternativeName('Django, when an ORM … save time') === 'Django'
 * @param text An alternative as the scenario data writes it.
 */
export function alternativeName(text: string): string {
	const cuts = [text.search(CONDITION_AFTER_COMMA), text.search(CONDITION_ANYWHERE)].filter((i) => i > 0);
	return cuts.length ? text.slice(0, Math.min(...cuts)).trim() : text.trim();
}

/**
 * Lays out a scenario's stack as a column of boxes, top layer first, joined by arrows; each
 * layer's alternatives hang below it in dashed boxes. Every length is in SVG user units.
 *
 * @param layers The stack in the scenario's order.
 */
export function stackDiagram(layers: readonly StackLayerInput[]): StackDiagramLayout {
	const mainChars = charsThatFit(WIDTH - 2 * PAD, FONT);
	// Alternatives leave a gutter on each side: the left one for the branch that joins them to their
	// layer, the right one for the arrow that runs past them from this layer to the next.
	const altWidth = WIDTH - 2 * INDENT;
	const altChars = charsThatFit(altWidth - 2 * PAD, FONT) - 5;
	let y = 1;
	const drawn = layers.map((input, index): StackDiagramLayer => {
		const choice = wrapText(input.choice, mainChars);
		const top = y;
		const nameY = top + PAD + FONT - 2;
		const lines = choice.map((text, i) => ({ text, y: nameY + LINE * (i + 1) }));
		const height = PAD * 2 + LINE * (choice.length + 1) - 2;
		y += height;
		const alternatives = input.alternatives.map((alt) => {
			y += GAP;
			const wrapped = wrapText(`or: ${alternativeName(alt)}`, altChars);
			const box = {
				x: INDENT,
				y,
				width: altWidth,
				height: PAD * 2 + LINE * wrapped.length - 2,
				lines: wrapped.map((text, i) => ({ text, y: y + PAD + FONT - 2 + LINE * i })),
			};
			y += box.height;
			return box;
		});
		const branch =
			alternatives.length > 0
				? `M ${INDENT / 2} ${top + height} V ${alternatives.at(-1)!.y + alternatives.at(-1)!.height / 2} ` +
					alternatives.map((a) => `M ${INDENT / 2} ${a.y + a.height / 2} H ${INDENT}`).join(' ')
				: null;
		const last = index === layers.length - 1;
		let arrow: StackDiagramLayer['arrow'] = null;
		if (!last) {
			const x = alternatives.length > 0 ? WIDTH - INDENT / 2 : WIDTH / 2;
			const from = top + height;
			y += ARROW;
			arrow = { path: `M ${x} ${from} V ${y - 6}`, head: `${x - 5},${y - 7} ${x + 5},${y - 7} ${x},${y - 1}` };
		}
		return {
			layer: input.layer,
			box: { x: 1, y: top, width: WIDTH - 2, height, nameY, lines },
			alternatives,
			branch,
			arrow,
		};
	});
	return { width: WIDTH, height: y + 1, fontSize: FONT, layers: drawn };
}
