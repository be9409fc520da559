/** The channels the benchmark sends through the API. */
export type BenchChannel = 'email' | 'sms' | 'letter';
