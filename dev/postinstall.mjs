// After `npm install`: explains the EBADENGINE warnings a machine with an older global Node prints (plain JS: any Node runs it).
const running = /\bnode\/v(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? "");
const [major, minor] = running ? [Number(running[1]), Number(running[2])] : [99, 0];
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `\nNote: the "EBADENGINE" warnings above are expected. npm itself ran on Node ${major}.${minor}, but every npm ` +
      "script (npm start, npm test) runs on the Node 24 just installed as the `node` devDependency.\n",
  );
}
