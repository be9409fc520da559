/** The time zone of every UK calendar day and clock time Herald shows, schedules or counts by. */
export const UK_TIME_ZONE = 'Europe/London';
