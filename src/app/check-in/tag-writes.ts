// What other features need to create a tag in the check-in feature's `tags` store: the naming rule
// for a tag picker's `create`, the action to dispatch, and the effects that store it (TagsDbActions
// from index.ts report the outcome). Kept apart from index.ts so that Today does not load the tag writes.
export { newTag } from './domain/new-tag';
export { TagRequestsActions } from './state/tag-requests.actions';
export { provideTagWrites } from './state/provide-tag-writes';
