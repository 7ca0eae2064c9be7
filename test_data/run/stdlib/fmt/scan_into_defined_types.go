package main

import "fmt"

type MyInt int
type MyI8 int8
type MyU uint32
type MyF float32
type MyF64 float64
type MyC complex64
type MyC128 complex128
type MyB bool
type MyS string
type MyBytes []byte
type MyInts []int
type Rec struct{ A int }

func main() {
	var (
		i   MyInt
		i8  MyI8
		u   MyU
		f   MyF
		f64 MyF64
		c   MyC
		c2  MyC128
		b   MyB
		s   MyS
		bs  MyBytes
		c3  complex64
	)
	n, err := fmt.Sscan("-5 -100 4000000000 1.25 -2e-3 (1+2i) 3-4i true word bytes 5i", &i, &i8, &u, &f, &f64, &c, &c2, &b, &s, &bs, &c3)
	fmt.Println(n, err)
	fmt.Println(i, i8, u, f, f64, c, c2, b, s, bs, string(bs), c3)
	fmt.Printf("%T %T %v\n", bs, c, len(bs))
	n, err = fmt.Sscanf("0x7f 377 ff", "%v %o %x", &i8, &u, &bs)
	fmt.Println(n, err, i8, u, bs)
	n, err = fmt.Sscan("200", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	fmt.Println(n, err)
	var ints MyInts
	n, err = fmt.Sscan("1", &ints)
	fmt.Println(n, err)
	var r Rec
	n, err = fmt.Sscan("1", &r)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", r)
	fmt.Println(n, err)
	var pp *int
	n, err = fmt.Sscan("1", &pp)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1+2i", &c2)
	fmt.Println(n, err, c2)
	n, err = fmt.Sscan("zz", &c)
	fmt.Println(n, err)
}
