package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

type pipe struct{ buf []string }

func (p *pipe) Write(s string) { p.buf = append(p.buf, s) }
func (p *pipe) Read() string {
	if len(p.buf) == 0 {
		return ""
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s
}

func main() {
	var rw ReadWriter = &pipe{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	w := rw.(Writer)
	w.Write("c")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}
