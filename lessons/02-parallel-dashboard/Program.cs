// Program.cs: where `factory` comes from in a real app (Fix 2).
builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));

// A service then takes IDbContextFactory<AppDb> in its constructor and creates one context per task:
public class ParallelDashboardService(IDbContextFactory<AppDb> factory) { /* … */ }
