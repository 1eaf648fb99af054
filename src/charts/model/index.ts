export { type HeatMapCell, type HeatMapColumn, type HeatMapLayout, type HeatMapRowInput, heatMap } from './heat-map';
export { type AxisTick, type RatingBar, type RatingBarInput, type RatingBarsLayout, ratingBars } from './rating-bars';
export {
	alternativeName,
	type DiagramBox,
	type StackDiagramLayer,
	type StackDiagramLayout,
	type StackLayerInput,
	stackDiagram,
} from './stack-diagram';
export { charsThatFit, wrapText } from './wrap-text';
