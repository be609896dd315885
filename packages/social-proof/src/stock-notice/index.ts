export { StockNotice, type StockNoticeProps } from './stock-notice'
