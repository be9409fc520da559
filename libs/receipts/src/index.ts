export { ComplaintReceipt, Receipt, RECEIPT_SOURCES, ReceiptResult, ReceiptSource, ReceiptSourceRule, ReceiptSubject, StatusReceipt } from './receipt';
export { ReceiptsModule } from './receipts.module';
export { ReceiptsService } from './receipts.service';
export { statusFromTwilio, TwilioStatusCallback, twilioReceipt } from './twilio/twilio-receipt';
export { sesReceipt } from './ses/ses-event';
export { BounceReport, parseBounceReport } from './bounce-mailbox/bounce-report-parser';
export { bounceReceipt } from './bounce-mailbox/bounce-receipt';
export { printReceipt } from './print/print-receipt';
export { SENDING_TIMEOUT_MS, sendingTimeoutReceipt } from './sending-timeout/sending-timeout-receipt';
