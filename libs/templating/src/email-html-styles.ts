/* Inline styles of GOV.UK Notify's email markdown: mail clients ignore most stylesheets. */
export const PARAGRAPH_STYLE = 'Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;';
export const HEADING_STYLE = 'Margin: 0 0 20px 0; padding: 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0B0C0C;';
export const SUBHEADING_STYLE = 'Margin: 0 0 20px 0; padding: 0; font-size: 19px; line-height: 25px; font-weight: bold; color: #0B0C0C;';
export const LIST_TABLE_STYLE = 'padding: 0 0 20px 0;';
export const LIST_CELL_STYLE = 'font-family: Helvetica, Arial, sans-serif;';
export const BULLET_LIST_STYLE = 'Margin: 0 0 0 20px; padding: 0; list-style-type: disc;';
export const NUMBER_LIST_STYLE = 'Margin: 0 0 0 20px; padding: 0; list-style-type: decimal;';
export const LIST_ITEM_STYLE = 'Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0B0C0C;';
export const INSET_STYLE = 'Margin: 0 0 20px 0; border-left: 10px solid #B1B4B6; padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;';
export const RULE_STYLE = 'border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;';
export const LINK_STYLE = 'word-wrap: break-word; color: #1D70B8;';
