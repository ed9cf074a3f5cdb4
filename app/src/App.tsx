import { AppRouter } from "./routes/router";

export function App() {
  return <AppRouter />;
}
