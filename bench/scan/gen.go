// gen writes the input of bench/scan/sumlines.go: newline-terminated decimal integers, uniform in
// [-1,000,000, 1,000,000], from a fixed-seed splitmix64 generator, until the file holds at least SIZE bytes
// (default 100,000,000). The bytes depend only on SIZE (no math/rand, no Python), so the file is the same on every
// machine and with every Go release; it runs unchanged with `go run` and with `vo run`.
//
// Usage: gen OUTFILE [SIZE]
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

// splitmix64 is Steele, Lea and Flood's generator (the seeding step of xoshiro), one state word.
type splitmix64 struct{ s uint64 }

func (g *splitmix64) next() uint64 {
	g.s += 0x9e3779b97f4a7c15
	z := g.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: gen OUTFILE [SIZE]")
		os.Exit(2)
	}
	size := 100000000
	if len(os.Args) == 3 {
		n, err := strconv.Atoi(os.Args[2])
		if err != nil || n < 0 {
			fmt.Fprintln(os.Stderr, "gen: bad SIZE:", os.Args[2])
			os.Exit(2)
		}
		size = n
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	g := splitmix64{s: 1}
	var line []byte
	written := 0
	for written < size {
		v := int64(g.next()%2000001) - 1000000
		line = strconv.AppendInt(line[:0], v, 10)
		line = append(line, '\n')
		w.Write(line)
		written += len(line)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
