// Program.cs: the request's context is scoped (disposed when the request ends);
// background work gets its own context from the factory or from a scope of its own.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString));
builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));
