// strbuild: string building and number formatting and parsing, strings.Builder and strconv bound (no Benchmarks
// Game program follows it; it is the write-then-read-back loop of a text serialiser). Each of N rounds builds
// a string of 1000 decimal numbers, each followed by a space, in a fresh strings.Builder with strconv.Itoa, then
// reads it back: splits it at the spaces, parses each field with strconv.ParseInt and formats the result again
// with strconv.FormatInt to check the round trip. The numbers are value(i) = i·7919 mod 2000003 − 1000001
// (negative and positive, one to seven digits). Prints the total length built, the count of numbers parsed,
// round-trip mismatches (0) and an order-dependent hash of the parsed values modulo 1000000007.
//
// bench size: 12000
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const (
	modulus  = 1000000007
	perRound = 1000
)

func value(i int) int { return i*7919%2000003 - 1000001 }

func main() {
	rounds := 50
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[len(os.Args)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "usage: strbuild [N]")
			os.Exit(2)
		}
		rounds = v
	}
	total, count, mismatches, hash := 0, 0, 0, 0
	for r := 0; r < rounds; r++ {
		var b strings.Builder
		for i := 0; i < perRound; i++ {
			b.WriteString(strconv.Itoa(value(r*perRound + i)))
			b.WriteByte(' ')
		}
		s := b.String()
		total += len(s)
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] != ' ' {
				continue
			}
			field := s[start:i]
			v, err := strconv.ParseInt(field, 10, 64)
			if err != nil {
				fmt.Println("parse error:", err)
				os.Exit(1)
			}
			if strconv.FormatInt(v, 10) != field {
				mismatches++
			}
			count++
			hash = (hash*31 + int(v%modulus) + modulus) % modulus
			start = i + 1
		}
	}
	fmt.Printf("length %d numbers %d mismatches %d\n", total, count, mismatches)
	fmt.Printf("hash %d\n", hash)
}
