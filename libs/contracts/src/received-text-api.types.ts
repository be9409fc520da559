/** GET /v2/received-text-messages (docs/api-contract.md §12.11). */
export interface ReceivedTextMessage {
  id: string;
  created_at: string;
  service_id: string;
  notify_number: string;
  user_number: string;
  content: string;
}

export interface ReceivedTextMessagesResponse {
  received_text_messages: ReceivedTextMessage[];
  links: { current: string; next?: string };
}
