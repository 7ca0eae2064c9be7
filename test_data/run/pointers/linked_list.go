package main

import "fmt"

type List struct {
	head *elem
	size int
}

type elem struct {
	v    string
	next *elem
}

func (l *List) Push(v string) {
	l.head = &elem{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *elem
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	s := "["
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			s += " "
		}
		s += e.v
	}
	return s + "]"
}

func main() {
	var l List
	for _, w := range []string{"a", "b", "c", "d"} {
		l.Push(w)
	}
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
}
