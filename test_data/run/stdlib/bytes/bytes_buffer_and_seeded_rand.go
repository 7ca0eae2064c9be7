package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	fmt.Fprintf(&b, " %d-%s", 7, "x")
	fmt.Println(b.String(), b.Len())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")), bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s %s %q\n", bytes.ToUpper([]byte("abc")), bytes.TrimSpace([]byte("  x  ")), bytes.Fields([]byte(" a b ")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))), string(bytes.Repeat([]byte("-"), 5)), bytes.HasPrefix([]byte("golang"), []byte("go")))
	b.Reset()
	b.WriteString("to stdout\n")
	b.WriteTo(os.Stdout)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(1000), rand.Int63(), rand.Float64())
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(1000), r.Perm(6), r.Int31n(10), r.Uint32())
	rand.Seed(7)
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, rand.NormFloat64(), rand.ExpFloat64())
}
