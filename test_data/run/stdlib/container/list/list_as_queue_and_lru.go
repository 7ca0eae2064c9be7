package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value int
}

type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

func newLRU(n int) *lru { return &lru{n, list.New(), map[string]*list.Element{}} }

func (c *lru) get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *lru) put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evict", last.Value.(*entry).key)
	}
}

func (c *lru) keys() []string {
	var ks []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	q := list.New()
	for i := 0; i < 5; i++ {
		q.PushBack(fmt.Sprintf("job%d", i))
	}
	for q.Len() > 0 {
		e := q.Front()
		q.Remove(e)
		fmt.Println("dequeue", e.Value)
	}

	c := newLRU(3)
	c.put("a", 1)
	c.put("b", 2)
	c.put("c", 3)
	fmt.Println(c.keys())
	v, ok := c.get("a")
	fmt.Println("get a", v, ok, c.keys())
	c.put("d", 4)
	fmt.Println(c.keys())
	_, ok = c.get("b")
	fmt.Println("get b", ok)
	c.put("c", 30)
	fmt.Println(c.keys())
	for i := 0; i < 20; i++ {
		c.put(fmt.Sprint("k", i%7), i)
	}
	fmt.Println(c.keys(), len(c.items))

	// Values of any type.
	m := list.New()
	m.PushBack(1.5)
	m.PushBack([]int{1, 2})
	m.PushBack(nil)
	m.PushBack(struct{ X, Y int }{1, 2})
	for e := m.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T %v\n", e.Value, e.Value)
	}
}
