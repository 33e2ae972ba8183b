export {main} from './main.js';
export {parseOptions, usage, UsageError, type CliOptions, type Format} from './options.js';
export {toRecords, type MessageRecord} from './records.js';
