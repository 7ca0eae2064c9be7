-- mandelbrot: the Lua version of mandelbrot.go (same algorithm, same output; Lua 5.4 and LuaJIT); see there.
local MODULUS = 1000000007

local n = tonumber(arg[#arg]) or 200
local hash, set = 0, 0
for y = 0, n - 1 do
  local ci = 2 * y / n - 1
  local acc, bits = 0, 0
  for x = 0, n - 1 do
    local cr = 2 * x / n - 1.5
    local zr, zi, tr, ti = 0.0, 0.0, 0.0, 0.0
    for _ = 1, 50 do
      zi = 2 * zr * zi + ci
      zr = tr - ti + cr
      tr = zr * zr
      ti = zi * zi
      if tr + ti > 4 then break end
    end
    acc = acc * 2
    if tr + ti <= 4 then
      acc = acc + 1
      set = set + 1
    end
    bits = bits + 1
    if bits == 8 then
      hash = (hash * 31 + acc) % MODULUS
      acc, bits = 0, 0
    end
  end
  if bits > 0 then
    while bits < 8 do
      acc = acc * 2
      bits = bits + 1
    end
    hash = (hash * 31 + acc) % MODULUS
  end
end
io.write(string.format("P4\n%d %d\n", n, n))
io.write(string.format("set %d hash %d\n", set, hash))
