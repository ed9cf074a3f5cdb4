export { highlightSnippet, SearchResultItem, type SearchResultItemProps } from './SearchResultItem';
