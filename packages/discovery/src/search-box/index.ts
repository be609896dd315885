'use client'
export { SearchBox, type SearchBoxProps } from './search-box'
export { searchBoxMessages, type SearchBoxMessageKey } from './messages'
