// String keys of every length from 0 to 20 built in different ways (concatenation of substrings at every offset,
// strconv, []byte conversion, fmt.Sprint, string literals): equal strings must find the same entry however they were
// built and wherever their bytes lie, and strings differing in one byte or in length must not.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	const text = "abcdefghijklmnopqrstuvwxyz0123456789"
	m := make(map[string]int)
	for n := 0; n <= 20; n++ {
		for off := 0; off+n <= len(text) && off < 8 && (n > 0 || off == 0); off++ {
			k := text[off : off+n]
			m[k] = n*100 + off
		}
	}
	fmt.Println("entries", len(m))
	misses := 0
	for n := 0; n <= 20; n++ {
		for off := 0; off+n <= len(text) && off < 8 && (n > 0 || off == 0); off++ {
			want := n*100 + off
			// The same bytes, built three other ways.
			split := n / 2
			a := text[off:off+split] + text[off+split:off+n]
			b := string([]byte(text[off : off+n]))
			c := fmt.Sprint(text[off : off+n])
			for _, k := range []string{a, b, c} {
				if v, ok := m[k]; !ok || v != want {
					fmt.Println("lookup failed", n, off, strconv.Quote(k), v, ok)
				}
			}
			// One byte changed, or one byte longer: a different key.
			if n > 0 {
				d := text[off:off+n-1] + "#"
				if _, ok := m[d]; ok {
					misses++
				}
			}
			if _, ok := m[text[off:off+n]+"!"]; ok {
				misses++
			}
		}
	}
	fmt.Println("false hits", misses)

	nums := make(map[string]int)
	for i := -1000; i <= 1000; i += 7 {
		nums["k"+strconv.Itoa(i*i*i)] = i
		nums[strconv.Itoa(i)+"k"] = -i
	}
	sum := 0
	for i := -1000; i <= 1000; i += 7 {
		sum += nums["k"+strconv.FormatInt(int64(i*i*i), 10)] - nums[fmt.Sprint(i)+"k"]
		delete(nums, strings.Join([]string{"k", strconv.Itoa(i * i * i)}, ""))
	}
	fmt.Println("sum", sum, "left", len(nums))
}
