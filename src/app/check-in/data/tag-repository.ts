import { Injectable } from '@angular/core';
import { Repository } from '../../core/db/repository';
import { Tag } from '../domain/check-in';

@Injectable({ providedIn: 'root' })
export class TagRepository extends Repository<Tag, string> {
  protected readonly storeName = 'tags';

  protected keyOf(tag: Tag): string {
    return tag.id;
  }
}
