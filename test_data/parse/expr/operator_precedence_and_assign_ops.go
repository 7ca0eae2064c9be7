package main

import "fmt"

type account struct{ balance int }

func pair() (int, string) { return 1, "one" }

func main() {
	a, b, c := 7, 3, 2
	fmt.Println(a + b*c)
	fmt.Println((a + b) * c)
	fmt.Println(a - b - c)
	fmt.Println(a/b%c, a<<c>>1, a&b|c^a, a&^b)
	fmt.Println(a < b || b <= c && c > 0 || a >= b && a != c == true)
	fmt.Println(-a*+b, ^a, !(a == b), -(-a))
	x := 10
	p := &x
	fmt.Println(*p*2, **&p, *p+1)
	lits := []interface{}{
		0x1F, 0o17, 017, 0b1010, 1_000_000,
		3.14, .5, 1e9, 6.02e+23, 0x1p-2,
		2i, 1.5i,
		'a', '\n', '\x41', '\u00e9', '\'',
		"tab\there", `raw\n "quoted"`, "",
	}
	fmt.Println(lits...)

	x = 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 5
	x &= 7
	x |= 8
	x ^= 1
	x <<= 2
	x >>= 1
	x &^= 4
	x++
	x--
	a, b = b, a
	n, s := pair()
	_, s = pair()
	acct := &account{}
	acct.balance += 100
	nums := []int{1, 2, 3}
	nums[0]++
	nums[1], nums[2] = nums[2], nums[1]
	m := map[string]int{}
	m["k"]--
	*p = 0
	var (
		y = x
		z int
	)
	z, y = y+1, z
	fmt.Println(x, a, b, n, s, acct.balance, nums, m, y, z)
}
