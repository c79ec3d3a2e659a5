// Your playground: the default model, the request's context `db`, and the API tour beside
// this editor. Write anything, run it, and read the timeline.

