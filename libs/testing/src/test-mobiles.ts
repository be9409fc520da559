/** A valid UK mobile in a range other tests leave alone (07400…), so inbound numbers never clash between tests. */
export const aTestMobile = (): string => `07400${String(100000 + Math.floor(Math.random() * 899999))}`;
