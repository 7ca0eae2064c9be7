package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Printf("%s len=%d fwd=[", name, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back=[")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" ]")
}

func main() {
	l := list.New()
	dump("empty", l)
	fmt.Println("front nil:", l.Front() == nil, "back nil:", l.Back() == nil)

	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("1234", l)

	l.MoveToFront(e4)
	dump("move4front", l)
	l.MoveToBack(e4)
	dump("move4back", l)
	l.MoveBefore(e4, e1)
	dump("move4before1", l)
	l.MoveAfter(e4, l.Back())
	dump("move4afterback", l)
	l.MoveAfter(e4, e4) // no-op
	l.MoveBefore(e1, e1)
	dump("self-moves", l)

	fmt.Println("removed:", l.Remove(e1))
	dump("without1", l)
	fmt.Println("remove again:", l.Remove(e1), "len", l.Len())
	fmt.Println("e1 next/prev nil:", e1.Next() == nil, e1.Prev() == nil)

	// Elements of another list are ignored.
	other := list.New()
	oe := other.PushBack("x")
	fmt.Println("foreign remove:", l.Remove(oe), "len", l.Len(), other.Len())
	l.MoveToFront(oe)
	l.MoveToBack(oe)
	fmt.Println("foreign insert nil:", l.InsertBefore(9, oe) == nil, l.InsertAfter(9, oe) == nil)
	dump("after foreign ops", l)

	// Zero value list is usable.
	var z list.List
	z.PushBack("a")
	z.PushFront("b")
	dump("zero", &z)

	// PushBackList / PushFrontList, including a list onto itself.
	a := list.New()
	for i := 1; i <= 3; i++ {
		a.PushBack(i)
	}
	b := list.New()
	b.PushBack(10)
	b.PushBack(20)
	a.PushBackList(b)
	dump("a+b", a)
	a.PushFrontList(b)
	dump("b+a+b", a)
	b.PushBackList(b)
	dump("b+b", b)
	b.PushFrontList(b)
	dump("bb+bb", b)

	// Init clears.
	a.Init()
	dump("init", a)

	// Remove while iterating.
	c := list.New()
	for i := 0; i < 10; i++ {
		c.PushBack(i)
	}
	var next *list.Element
	for e := c.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%3 == 0 {
			c.Remove(e)
		}
	}
	dump("no multiples of 3", c)
}
