// Program.cs. Broken: one context for the whole application.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString), ServiceLifetime.Singleton);
// (the same happens with AddSingleton<AppDb>(), or a singleton service that takes AppDb in its constructor)

// Fix 1: scoped, the default. One context per request, disposed with the request.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString));

// Fix 2: a singleton service (a background worker, a cache) injects the factory instead.
builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));
