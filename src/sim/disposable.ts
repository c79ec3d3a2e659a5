/**
 * .NET's IDisposable + IAsyncDisposable as snippets see them: `Dispose()`, `DisposeAsync()`,
 * and the symbols behind `using` / `await using`. Subclasses implement `Dispose` only.
 */
export abstract class DisposableBase {
  abstract Dispose(): void;

  DisposeAsync(): Promise<void> {
    this.Dispose();
    return Promise.resolve();
  }

  [Symbol.dispose](): void {
    this.Dispose();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.DisposeAsync();
  }
}
