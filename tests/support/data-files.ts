// The tests read the data files through the site's own reader, so they see exactly the files the
// build does.
export { readDataFolder } from '../../src/collections/data-files';
